"""Words of a statement: tokens, stems, topics and polarity (what is affirmed or denied).

Below the builder and the readers alike: the builder finds disputes with it, and the reader
and export explain them with the same rules. Imports only the standard library and PyYAML.
"""

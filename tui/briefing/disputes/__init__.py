"""Disputes: the evidence rules, finding disputes in a brief and across briefs, and explaining them.

The builder calls ``finder`` when it makes a brief; the reader and the Markdown export call
``view`` and ``cross_brief`` on loaded briefs. It imports the model and ``language``, never
the builder, the store or the app (``tests/test_import_contracts.py`` holds that).
"""

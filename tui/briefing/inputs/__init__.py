"""Articles from outside the seeds folder: saved web pages, URLs and RSS/Atom feeds.

``gather`` turns what the user named into work items (fetching only those URLs, and the
entries of the feeds among them); ``read_item`` turns one item into a Seed for the builder.
"""

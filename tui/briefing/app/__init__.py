"""The Textual reader. Imported lazily by the CLI so other commands start without Textual."""

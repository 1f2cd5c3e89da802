"""One module per ``briefing`` subcommand; each has ``register(subparsers)``."""

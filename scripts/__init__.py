"""The project's one command-line tool: python -m scripts <subcommand>."""

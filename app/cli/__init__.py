"""Command-line entry points that need no screen."""

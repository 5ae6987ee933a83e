"""One module per screen; each screen is fed by service results, never by a database session."""

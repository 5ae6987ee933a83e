"""Hardware boundary (card readers, the eID applet, PKCS#11): no Qt, no database."""

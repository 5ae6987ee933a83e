"""The BELPIC applet of the Belgian eID card: files, TLV, reading, verification, PIN."""

"""The virtual eID card: profiles, test PKI, APDU-level BELPIC simulator, vpcd bridge, SoftHSM."""

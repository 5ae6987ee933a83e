"""Guichet core: domain rules, storage, services and sync. Never imports Qt."""

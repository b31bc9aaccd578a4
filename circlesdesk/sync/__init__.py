"""Device identities, enrollment requests and the signed, encrypted bundles devices exchange."""

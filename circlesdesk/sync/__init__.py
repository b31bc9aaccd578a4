"""Device identities, enrollment requests and the signed, encrypted bundle files devices exchange."""

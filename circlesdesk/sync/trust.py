"""Which keys this vault signs and decrypts with, and which peer keys it trusts.

Keys inside a bundle are never trusted by themselves: a signer is looked up here, in the vault's
own registry of enrolled devices (or, on a volunteer's laptop, the office that welcomed it).
"""

from __future__ import annotations

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from circlesdesk.sync.errors import RetiredKey
from circlesdesk.sync.keys import DeviceIdentity, PublicIdentity
from circlesdesk.vault import audit, registry
from circlesdesk.vault.registry import Peer
from circlesdesk.vault.vault import Vault


def own_identities(vault: Vault) -> list[DeviceIdentity]:
    """This device's identities, newest first (more than one after an office key rotation)."""
    rows = registry.own_keys(vault.conn)
    if not rows:
        return [DeviceIdentity.from_private_bytes(vault.info.device_id, vault.device_keys())]
    return [DeviceIdentity.from_private_bytes(vault.info.device_id, keys) for _k, keys, _r in rows]


def ensure_own_key_registered(vault: Vault) -> None:
    """Record the vault's first key pair in the key history (call inside a transaction)."""
    if not registry.own_keys(vault.conn):
        first = own_identities(vault)[0]
        registry.add_own_key(
            vault.conn, key_id=first.public().key_id, device_keys=first.private_bytes()
        )


def current_identity(vault: Vault) -> DeviceIdentity:
    """The identity this device signs new bundles with."""
    return own_identities(vault)[0]


def identity_with_key(vault: Vault, key_id: str) -> DeviceIdentity | None:
    """One of this device's identities by key id."""
    for identity in own_identities(vault):
        if identity.public().key_id == key_id:
            return identity
    return None


def decryption_keys(vault: Vault) -> dict[str, X25519PrivateKey]:
    """Every X25519 key a bundle to this vault may be encrypted to (old ones for bundles in
    transit after a rotation)."""
    return {i.public().key_id: i.exchange_key for i in own_identities(vault)}


def signer(vault: Vault, key_id: str) -> tuple[PublicIdentity, Peer] | None:
    """The registered device that owns a signing key, or None if the key is unknown.

    A retired key (its owner announced a newer one and this vault has confirmed it) is refused
    with :class:`RetiredKey`: rotation retires a key, it does not only add one.
    """
    key = registry.peer_key(vault.conn, key_id)
    if key is None:
        return None
    if key.retired_at is not None:
        raise RetiredKey()
    peer = registry.get_peer(vault.conn, key.device_id)
    if peer is None:
        return None
    identity = PublicIdentity(
        device_id=key.device_id,
        signing_public=key.signing_public,
        exchange_public=key.exchange_public,
    )
    return identity, peer


def newest_peer_key(vault: Vault, device_id: str) -> PublicIdentity:
    """The newest key pair registered for a peer (bundles to it are encrypted to this one)."""
    keys = registry.peer_keys(vault.conn, device_id=device_id)
    key = keys[-1]
    return PublicIdentity(
        device_id=device_id, signing_public=key.signing_public, exchange_public=key.exchange_public
    )


def confirm_peer_key(vault: Vault, *, device_id: str, key_id: str) -> None:
    """This vault has just confirmed a peer's key ``key_id`` (by sealing a bundle to it): retire
    every older key of that peer, so nothing signed with one is accepted any more (call inside
    the transaction that logs the bundle)."""
    for old in registry.retire_peer_keys_before(vault.conn, device_id=device_id, key_id=key_id):
        audit.append(
            vault.conn,
            actor=vault.info.device_id,
            staff_id=vault.staff_id,
            action="peer.key-retired",
            detail=f"device={device_id} key={old} confirmed={key_id}",
        )


def office(vault: Vault) -> Peer | None:
    """On a volunteer's laptop: the office it was welcomed by."""
    offices = registry.peers(vault.conn, role="office")
    return offices[0] if offices else None

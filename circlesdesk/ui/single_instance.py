"""One CirclesDesk per user and vault folder: a second start hands its files to the first and ends.

The first start listens on a local socket (a Unix socket only the user may open, in the user's
private runtime folder so no other account can take the name first; a named pipe on Windows)
named after a hash of the user's name and the vault folder, so the name says neither.
A second start connects, sends the absolute paths of the bundle files it was given as one JSON
line, and exits 0; the first brings its window forward and opens the files.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
import os
import sys
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

PREFIX = "circlesdesk-"
TIMEOUT_MS = 2000
MAX_MESSAGE = 1 << 20  # a second start sends a few paths, never a megabyte
MAX_SOCKET_PATH = 100  # sockaddr_un holds 104 bytes on macOS, 108 on Linux


def server_name(data_dir: Path) -> str:
    """The socket's name for this user and vault folder: a hash, so it names neither."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment or the password database
        user = str(Path.home())
    key = f"{user}\0{data_dir.expanduser().resolve()}".encode()
    name = PREFIX + hashlib.sha256(key).hexdigest()[:32]
    if sys.platform == "win32":
        return name
    # Qt would put a bare name in the shared temporary folder; the runtime folder is the user's.
    runtime = _runtime_folder()
    path = str(Path(runtime) / name) if runtime else ""
    return path if path and len(path.encode()) < MAX_SOCKET_PATH else name


def _runtime_folder() -> str:
    """The user's private folder for sockets, or "" (then Qt's shared temporary folder)."""
    if sys.platform == "darwin":
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.RuntimeLocation)
    # Asked directly: without the variable Qt makes a folder in /tmp and warns about it.
    folder = os.environ.get("XDG_RUNTIME_DIR", "")
    return folder if folder and Path(folder).is_dir() else ""


def send_to_running(name: str, paths: Iterable[Path], *, timeout_ms: int = TIMEOUT_MS) -> bool:
    """Hand ``paths`` to the instance listening on ``name``; False if none is running."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return False
    message = {"open": [str(Path(p).expanduser().resolve()) for p in paths]}
    socket.write(json.dumps(message).encode("utf-8") + b"\n")
    sent = socket.waitForBytesWritten(timeout_ms) or socket.bytesToWrite() == 0
    socket.disconnectFromServer()
    if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        socket.waitForDisconnected(timeout_ms)
    if not sent:
        log.warning("the running instance did not take the message")
    return sent


class InstanceServer(QObject):
    """Listens for later starts; :attr:`activated` carries the files each one was given."""

    activated = Signal(list)  # list[Path]: may be empty (the app was simply started again)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._connected)

    def listen(self) -> bool:
        """Start listening; a socket left behind by a crashed instance is removed first."""
        if self.server.listen(self.name):
            return True
        QLocalServer.removeServer(self.name)
        if self.server.listen(self.name):
            return True
        log.warning("single-instance socket unavailable: %s", self.server.errorString())
        return False

    def close(self) -> None:
        """Stop listening (the socket file is removed)."""
        self.server.close()

    @Slot()
    def _connected(self) -> None:
        while (socket := self.server.nextPendingConnection()) is not None:
            received = bytearray()

            def read(socket: QLocalSocket = socket, received: bytearray = received) -> None:
                received.extend(socket.readAll().data())
                if len(received) > MAX_MESSAGE:
                    log.warning("single-instance message too long; ignored")
                    received.clear()
                    socket.abort()

            def finished(socket: QLocalSocket = socket, received: bytearray = received) -> None:
                read()
                socket.deleteLater()
                self._received(bytes(received))

            socket.readyRead.connect(read)
            socket.disconnected.connect(finished)
            if socket.state() != QLocalSocket.LocalSocketState.ConnectedState:
                finished()

    def _received(self, data: bytes) -> None:
        if not data:
            return
        try:
            message = json.loads(data.decode("utf-8"))
            paths = [Path(p) for p in message["open"] if isinstance(p, str)]
        except (UnicodeDecodeError, ValueError, KeyError, TypeError):
            log.warning("single-instance message not understood; ignored")
            return
        log.info("another start handed over %d file(s)", len(paths))
        self.activated.emit(paths)

"""Reads the AT-SPI bus as a screen reader does, for the accessibility test (tests/atspi).

Run by Debian's ``/usr/bin/python3`` (pyatspi is Debian's python3-pyatspi, not in the venv),
in the same D-Bus session and X display as the app. Commands come as JSON lines on stdin and
each gets one JSON line on stdout:

- ``{"cmd": "tree", "app": NAME}``: every showing object of the application's windows: role,
  name, description, states and, where it has a text interface, its text.
- ``{"cmd": "events", "marker": TEXT}``: every event received since the last call, once an
  object has been named ``TEXT`` (the app names one last, so every earlier event is in).
- ``{"cmd": "quit"}``.
"""

from __future__ import annotations

import json
import sys
import time

import pyatspi
from gi.repository import GLib

EVENTS = (
    "object:text-changed",
    "object:text-caret-moved",
    "object:text-selection-changed",
    "object:property-change",
    "object:state-changed",
    "object:children-changed",
    "object:announcement",
    "object:value-changed",
    "object:active-descendant-changed",
    "focus:",
    "window:activate",
)
# Containers whose many children (cells, rows) are sampled, not walked one by one.
SAMPLED = {"table", "tree table", "list", "tree", "list box", "table cell"}
SAMPLE = 40
STATES = {
    "showing": pyatspi.STATE_SHOWING,
    "visible": pyatspi.STATE_VISIBLE,
    "focusable": pyatspi.STATE_FOCUSABLE,
    "focused": pyatspi.STATE_FOCUSED,
    "editable": pyatspi.STATE_EDITABLE,
    "checked": pyatspi.STATE_CHECKED,
    "selected": pyatspi.STATE_SELECTED,
    "enabled": pyatspi.STATE_ENABLED,
    "read-only": pyatspi.STATE_READ_ONLY,
}

received: list[dict[str, object]] = []


# Roles whose text a reader reads through the text interface (others are not asked: speed).
TEXT_ROLES = {
    "text",
    "password text",
    "entry",
    "paragraph",
    "document text",
    "document frame",
    "label",
    "static",
    "alert",
    "notification",
    "status bar",
    "heading",
}


def _text(accessible: pyatspi.Accessible, role: str) -> str | None:
    if role not in TEXT_ROLES:
        return None
    try:
        text = accessible.queryText()
    except NotImplementedError:
        return None
    return str(text.getText(0, -1))


def _node(accessible: pyatspi.Accessible, path: str) -> dict[str, object]:
    states = accessible.getState()
    role = accessible.getRoleName()
    return {
        "path": path,
        "role": role,
        "name": accessible.name or "",
        "description": accessible.description or "",
        "states": [name for name, state in STATES.items() if states.contains(state)],
        "text": _text(accessible, role),
        "children": accessible.childCount,
    }


def _walk(accessible: pyatspi.Accessible, path: str, out: list[dict[str, object]]) -> None:
    node = _node(accessible, path)
    if "showing" not in node["states"] and path.count("/") > 1:
        return
    out.append(node)
    count = accessible.childCount
    if node["role"] in SAMPLED:
        count = min(count, SAMPLE)
    for index in range(count):
        child = accessible.getChildAtIndex(index)
        if child is not None:
            _walk(child, f"{path}/{index}", out)


def tree(app_name: str) -> list[dict[str, object]]:
    """The application's showing windows, depth first."""
    out: list[dict[str, object]] = []
    desktop = pyatspi.Registry.getDesktop(0)
    for app in desktop:
        if app is not None and app.name == app_name:
            for index in range(app.childCount):
                window = app.getChildAtIndex(index)
                if window is not None and window.getState().contains(pyatspi.STATE_SHOWING):
                    _walk(window, f"/{index}", out)
    return out


def _record(event: pyatspi.event.Event) -> None:
    try:
        source = event.source
        role, name = source.getRoleName(), source.name or ""
    except Exception:  # (the object may be gone already; the event still counts)
        role, name = "", ""
    data = event.any_data
    received.append(
        {
            "type": event.type,
            "detail1": event.detail1,
            "detail2": event.detail2,
            "data": data if isinstance(data, str | int | float) else repr(data),
            "role": role,
            "name": name,
        }
    )


def events(marker: str, timeout: float = 20.0) -> list[dict[str, object]]:
    """The events received, once the marker's name change is among them."""
    deadline = time.monotonic() + timeout
    context = GLib.MainContext.default()
    while not any(e["name"] == marker or e["data"] == marker for e in received):
        if time.monotonic() > deadline:
            raise TimeoutError(f"no event named {marker!r} arrived")
        context.iteration(False) or time.sleep(0.01)
    taken = list(received)
    received.clear()
    return taken


def _command(line: str) -> bool:
    request = json.loads(line)
    try:
        if request["cmd"] == "tree":
            answer: object = tree(request["app"])
        elif request["cmd"] == "events":
            answer = events(request["marker"])
        elif request["cmd"] == "quit":
            pyatspi.Registry.stop()
            return False
        else:
            raise ValueError(f"unknown command {request['cmd']!r}")
        reply = {"ok": True, "answer": answer}
    except Exception as error:  # (reported to the test, which fails with it)
        reply = {"ok": False, "error": f"{type(error).__name__}: {error}"}
    sys.stdout.write(json.dumps(reply) + "\n")
    sys.stdout.flush()
    return True


def _stdin_ready(_channel: GLib.IOChannel, _condition: GLib.IOCondition) -> bool:
    # One request at a time: the next line comes only after this one's reply.
    line = sys.stdin.readline()
    if not line:
        pyatspi.Registry.stop()
        return False
    return _command(line)


def main() -> None:
    for kind in EVENTS:
        pyatspi.Registry.registerEventListener(_record, kind)
    channel = GLib.IOChannel.unix_new(sys.stdin.fileno())
    GLib.io_add_watch(
        channel, GLib.PRIORITY_DEFAULT, GLib.IOCondition.IN | GLib.IOCondition.HUP, _stdin_ready
    )
    sys.stdout.write(json.dumps({"ok": True, "answer": "listening"}) + "\n")
    sys.stdout.flush()
    pyatspi.Registry.start()


if __name__ == "__main__":
    main()

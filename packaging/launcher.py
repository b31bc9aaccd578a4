"""The built app's entry point: the ``circlesdesk`` command, plus ``--self-test``.

``circlesdesk --self-test`` (with ``CIRCLESDESK_PASSPHRASE`` set) starts the real GUI on the vault
folder (the same ``run`` as a double-click), types the passphrase into the unlock window, waits
for the main window, checks it shows its pages and quits: exit 0 when the installed app can
unlock a vault and show its window, 1 if not. The packaging smoke test runs it offscreen; a
packager can run it on a target machine too.
"""

from __future__ import annotations

import os
import sys

SELF_TEST = "--self-test"
TIMEOUT_MS = 60_000
POLL_MS = 50


def self_test() -> int:
    """Unlock the vault through the unlock window, check the main window, quit."""
    from PySide6.QtCore import QElapsedTimer, QTimer

    from circlesdesk import paths
    from circlesdesk.cli import PASSPHRASE_ENV
    from circlesdesk.ui.app import create_application, run
    from circlesdesk.ui.main_window import MainWindow
    from circlesdesk.ui.unlock import UnlockWindow

    secret = os.environ.get(PASSPHRASE_ENV, "")
    if not secret:
        print(f"self-test: set {PASSPHRASE_ENV}", file=sys.stderr)
        return 1
    app = create_application()  # run() reuses this instance
    outcome: list[str] = []
    typed: list[UnlockWindow] = []
    shown: list[str] = []  # the unlock button's text, as the user saw it (translated)
    clock = QElapsedTimer()
    clock.start()

    def poll() -> None:
        windows = [w for w in app.topLevelWidgets() if w.isVisible()]
        main = next((w for w in windows if isinstance(w, MainWindow)), None)
        unlock = next((w for w in windows if isinstance(w, UnlockWindow)), None)
        key = main.current_key() if main is not None else None
        if main is not None and key is not None and main.page(key) is not None:
            outcome.append(f"main window shown with pages {','.join(main.page_keys())}")
        elif unlock is not None and not typed:
            typed.append(unlock)
            shown.append(unlock.unlock_panel.unlock_button.text().replace("&", ""))
            unlock.unlock_panel.passphrase.setText(secret)
            unlock.unlock_panel.unlock_button.click()
            return
        elif typed and typed[0].error_text:
            outcome.append(f"the unlock window said: {typed[0].error_text}")
        elif clock.elapsed() > TIMEOUT_MS:
            outcome.append("timed out before the main window showed")
        else:
            return
        timer.stop()
        app.quit()

    timer = QTimer(app)
    timer.timeout.connect(poll)
    timer.start(POLL_MS)
    code = run(paths.data_dir())
    print(f"self-test: {outcome[0] if outcome else 'the app closed early'}")
    print(f"self-test: unlock button {shown[0] if shown else '-'!r}")
    return 0 if code == 0 and outcome and outcome[0].startswith("main window") else 1


def main() -> int:
    """Run the self-test or the ``circlesdesk`` command."""
    if sys.argv[1:] == [SELF_TEST]:
        return self_test()
    from circlesdesk.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    raise SystemExit(main())

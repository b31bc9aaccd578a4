#!/bin/sh
# Install CirclesDesk from this unpacked tarball into PREFIX (default: ~/.local, no root needed).
#     ./install.sh            # for you only
#     sudo ./install.sh /usr/local   # for everyone on this computer
# Uninstall: remove PREFIX/lib/circlesdesk, PREFIX/bin/circlesdesk and the
# org.circlesdesk.CirclesDesk files under PREFIX/share. Your vault is not in any of these: it
# stays in ~/.local/share/CirclesDesk.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
prefix=${1:-"$HOME/.local"}
mkdir -p "$prefix/lib" "$prefix/bin" "$prefix/share"
rm -rf "$prefix/lib/circlesdesk"
cp -R "$here/lib/circlesdesk" "$prefix/lib/circlesdesk"
ln -sf "$prefix/lib/circlesdesk/circlesdesk" "$prefix/bin/circlesdesk"
cp -R "$here/share/." "$prefix/share/"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$prefix/share/applications" || true
command -v update-mime-database >/dev/null && update-mime-database "$prefix/share/mime" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$prefix/share/icons/hicolor" || true
echo "CirclesDesk is installed in $prefix. Start it from your applications menu or run: circlesdesk"
case ":$PATH:" in *":$prefix/bin:"*) ;; *) echo "Note: $prefix/bin is not on your PATH." ;; esac

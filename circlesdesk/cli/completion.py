"""Shell completion for bash, zsh and fish, written from the parser itself (so it never drifts)."""

from __future__ import annotations

import argparse
import dataclasses
import shlex

from circlesdesk.cli.common import Commands

SHELLS = ("bash", "zsh", "fish")


@dataclasses.dataclass
class Node:
    """One command of the tree (the program itself at the root): its words and its options."""

    path: tuple[str, ...]
    help: str = ""
    children: dict[str, Node] = dataclasses.field(default_factory=dict)
    flags: list[str] = dataclasses.field(default_factory=list)  # options without a value
    valued: list[str] = dataclasses.field(default_factory=list)  # options taking a value
    choices: dict[str, list[str]] = dataclasses.field(default_factory=dict)  # option → values
    positional_choices: list[str] = dataclasses.field(default_factory=list)

    def walk(self) -> list[Node]:
        """This node and every node below it, parents first."""
        return [self, *(node for child in self.children.values() for node in child.walk())]


def tree(parser: argparse.ArgumentParser, path: tuple[str, ...] = (), help: str = "") -> Node:
    """The commands, options and choices of ``parser`` and of every parser below it."""
    node = Node(path=path, help=help)
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {choice.dest: choice.help or "" for choice in action._choices_actions}
            for name, sub in action.choices.items():
                node.children[name] = tree(sub, (*path, name), helps.get(name, ""))
        elif action.option_strings:
            if action.nargs == 0 or isinstance(action, argparse._VersionAction):
                node.flags += action.option_strings
            else:
                node.valued += action.option_strings
                if action.choices is not None:
                    for option in action.option_strings:
                        node.choices[option] = [str(choice) for choice in action.choices]
        elif action.choices is not None:
            node.positional_choices += [str(choice) for choice in action.choices]
    return node


def _words(values: list[str]) -> str:
    return shlex.quote(" ".join(values))


def bash(root: Node, prog: str = "circlesdesk") -> str:
    """A bash completion script (``source <(circlesdesk completion bash)``)."""
    nodes = root.walk()
    valued = sorted({option for node in nodes for option in node.valued})
    paths = [" ".join(node.path) for node in nodes if node.path]
    function = f"_{prog.replace('-', '_')}"
    lines = [
        f"# bash completion for {prog}, written by `{prog} completion bash`",
        f"{function}() {{",
        '    local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}"',
        '    local path="" word next words="" i skip=0',
        "    for ((i = 1; i < COMP_CWORD; i++)); do",
        '        word="${COMP_WORDS[i]}"',
        "        if ((skip)); then skip=0; continue; fi",
        '        case "$word" in',
        f"            {'|'.join(valued)}) skip=1 ;;",
        "            -*) ;;",
        '            *) next="${path:+$path }$word"',
        '               case "$next" in',
        f'                   {"|".join(shlex.quote(p) for p in paths)}) path="$next" ;;',
        "               esac ;;",
        "        esac",
        "    done",
        '    case "$path $prev" in',
    ]
    for node in nodes:
        for option, values in node.choices.items():
            key = shlex.quote(f"{' '.join(node.path)} {option}")
            lines.append(
                f'        {key}) COMPREPLY=($(compgen -W {_words(values)} -- "$cur")); return ;;'
            )
    lines += [
        "    esac",
        '    case "$prev" in',
        f'        {"|".join(valued)}) COMPREPLY=($(compgen -f -- "$cur")); return ;;',
        "    esac",
        '    case "$path" in',
    ]
    for node in nodes:
        words = [*node.children, *node.positional_choices, *node.flags, *node.valued]
        lines.append(f"        {shlex.quote(' '.join(node.path))}) words={_words(words)} ;;")
    lines += [
        "    esac",
        '    COMPREPLY=($(compgen -W "$words" -- "$cur"))',
        "}",
        f"complete -o default -F {function} {prog}",
    ]
    return "\n".join(lines) + "\n"


def zsh(root: Node, prog: str = "circlesdesk") -> str:
    """A zsh completion script: the bash one through zsh's bashcompinit."""
    return (
        f"#compdef {prog}\n# zsh completion for {prog}, written by `{prog} completion zsh`\n"
        "autoload -U +X bashcompinit && bashcompinit\n" + bash(root, prog)
    )


def fish(root: Node, prog: str = "circlesdesk") -> str:
    """A fish completion script (``circlesdesk completion fish | source``)."""
    lines = [f"# fish completion for {prog}, written by `{prog} completion fish`"]
    lines.append(f"complete -c {prog} -f")
    for node in root.walk():
        if not node.path:
            condition = "__fish_use_subcommand"
        else:
            seen = " ; and ".join(f"__fish_seen_subcommand_from {word}" for word in node.path)
            below = " ".join(node.children)
            condition = seen + (f" ; and not __fish_seen_subcommand_from {below}" if below else "")
        condition = shlex.quote(condition)
        for name, child in node.children.items():
            lines.append(
                f"complete -c {prog} -n {condition} -a {shlex.quote(name)} "
                f"-d {shlex.quote(child.help)}"
            )
        if node.positional_choices:
            lines.append(f"complete -c {prog} -n {condition} -a {_words(node.positional_choices)}")
        for option in node.flags + node.valued:
            spec = f"-l {option[2:]}" if option.startswith("--") else f"-s {option[1:]}"
            takes = ""
            if option in node.choices:
                takes = f" -x -a {_words(node.choices[option])}"
            elif option in node.valued:
                takes = " -r -F"
            lines.append(f"complete -c {prog} -n {condition} {spec}{takes}")
    return "\n".join(lines) + "\n"


def cmd_completion(args: argparse.Namespace) -> int:
    """Print the completion script for a shell."""
    from circlesdesk.cli import build_parser

    root = tree(build_parser())
    print({"bash": bash, "zsh": zsh, "fish": fish}[args.shell](root), end="")
    return 0


# What register() adds (a command line that names one builds only its group).
COMMANDS = ("completion",)


def register(commands: Commands) -> None:
    """``completion bash|zsh|fish``."""
    p = commands.add("completion", cmd_completion, "print shell completion for bash, zsh or fish")
    p.epilog = (
        "bash: source <(circlesdesk completion bash) in ~/.bashrc; zsh: circlesdesk completion "
        "zsh > a file named _circlesdesk in your $fpath; fish: circlesdesk completion fish > "
        "~/.config/fish/completions/circlesdesk.fish"
    )
    p.add_argument("shell", choices=SHELLS)

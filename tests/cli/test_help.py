"""Every subcommand answers --help with an explanation, through click's CliRunner."""

import pytest
from click.testing import CliRunner

from kg.cli import _register, cli

_register()


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_cli_help_teaches(name):
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output and len(result.output.splitlines()) > 4


def test_cli_lists_core_commands():
    assert {"build", "extract", "query", "render", "explain"} <= set(cli.commands)

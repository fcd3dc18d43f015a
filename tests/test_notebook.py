"""notebooks/explore.ipynb runs top to bottom against a fresh run on the seeds."""

from __future__ import annotations

import sys

import pytest

from pipeline.batch.run import run_batch

from .conftest import PROJECT_ROOT, SEEDS

pytestmark = pytest.mark.slow  # starts a Jupyter kernel


NOTEBOOK = PROJECT_ROOT / "notebooks" / "explore.ipynb"

nbformat = pytest.importorskip("nbformat", reason="nbformat is not installed (notebook extras)")
nbclient = pytest.importorskip("nbclient", reason="nbclient is not installed (notebook extras)")
pytest.importorskip("ipykernel", reason="ipykernel is not installed (notebook extras)")


@pytest.fixture
def kernel_of_this_python(tmp_path, monkeypatch):
    """A `python3` kernelspec that runs this interpreter, found before any other.

    JUPYTER_PATH is searched before the user's and the system's kernels, so
    the notebook runs in the same environment as the tests.
    """
    from ipykernel.kernelspec import write_kernel_spec

    kernels = tmp_path / "jupyter" / "kernels"
    kernels.mkdir(parents=True)
    write_kernel_spec(
        kernels / "python3",
        overrides={"argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"]},
    )
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    return "python3"


def test_explore_notebook_runs_without_errors(tmp_path, monkeypatch, kernel_of_this_python):
    out_dir = tmp_path / "out"
    run_batch([SEEDS], out_dir)
    monkeypatch.setenv("PROVEX_OUTPUT", str(out_dir))
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(
        notebook,
        kernel_name=kernel_of_this_python,
        timeout=180,
        resources={"metadata": {"path": str(tmp_path)}},  # not the project root: no stray output/ is used
    )
    client.execute()  # raises CellExecutionError on the first failing cell
    outputs = [output for cell in notebook.cells if cell.cell_type == "code" for output in cell.outputs]
    assert not [output for output in outputs if output.get("output_type") == "error"]
    images = [output for output in outputs if "image/png" in output.get("data", {})]
    assert images, "the timeline cell should draw a plot"
    printed = "".join(output.get("text", "") for output in outputs if output.get("output_type") == "stream")
    assert "[[" in printed and "verified" in printed  # the audit cell ran on the fresh output
    assert str(out_dir) in printed  # and read the output it was given


def test_notebook_has_markdown_before_every_step():
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    kinds = [cell.cell_type for cell in notebook.cells]
    assert kinds[0] == "markdown"
    for previous, current in zip(kinds, kinds[1:], strict=False):
        assert not (previous == "code" and current == "code"), (
            "each code cell is explained by a markdown cell"
        )
    assert all(not cell.get("outputs") for cell in notebook.cells if cell.cell_type == "code"), (
        "commit the notebook without outputs"
    )

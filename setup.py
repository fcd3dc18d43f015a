"""Build configuration beyond pyproject.toml: ship the top-level `rules/` inside the package.

The rule files stay at the top of the repository (`rules/`, beside
`pipeline/`); the build maps that folder to the package `pipeline.rules.defaults`,
so a wheel, `pip install .` and `pip install git+...` carry them as package
data, and `pipeline.rules.loader.default_rules_dir()` finds them there. A
source checkout (or an editable install) reads `rules/` directly.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["pipeline", "pipeline.*", "provex"]), "pipeline.rules.defaults"],
    package_dir={"pipeline.rules.defaults": "rules"},
    package_data={"pipeline.rules.defaults": ["*.yaml"], "pipeline": ["py.typed"], "provex": ["py.typed"]},
    include_package_data=False,
)

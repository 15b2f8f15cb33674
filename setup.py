"""Which files ship: every ``generator`` subpackage (found, not listed) and the site's templates.

The templates stay at the top of the repository (``templates/``) and ship inside
the package as ``generator/templates``, so an installed ``plainpolicy`` builds a
site in a folder that holds only ``policies/`` and ``mkdocs.yml``. Everything
else about the project is in ``pyproject.toml``.
"""

from setuptools import find_namespace_packages, setup

templates = ["generator.templates", *(f"generator.templates.{p}" for p in find_namespace_packages("templates"))]
setup(
    packages=[*find_namespace_packages(include=["generator*"], exclude=["*.__pycache__"]), *templates],
    package_dir={"generator.templates": "templates"},
    package_data={"generator": ["data/*"], **{package: ["*"] for package in templates}},
)

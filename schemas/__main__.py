"""``python -m schemas`` runs the ``appinstance`` command."""

from schemas.cli import main

if __name__ == "__main__":
    raise SystemExit(main())

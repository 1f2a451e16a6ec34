"""Allow ``python -m tracker``."""

from tracker.cli import main

if __name__ == "__main__":
    try:
        main()
    finally:
        # Under ``-m`` (not the installed ``tracker`` script), CPython ends the process with
        # SIGINT instead of the exit code once any code run from a source string (``exec`` of
        # text: dataclasses and SQLAlchemy make functions that way) ended in KeyboardInterrupt,
        # even one the command caught and reported in its line. Running a string that ends
        # normally clears that mark, so Ctrl-C exits 130 here too.
        exec("pass")

"""`python -m newscoder ...` runs the same command line as the `newscoder` console script."""

from newscoder.cli import main

if __name__ == "__main__":
    main()

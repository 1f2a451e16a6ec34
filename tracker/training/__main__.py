"""python -m tracker.training --seed 13: see tracker/training/train.py."""

from tracker.training.train import main

raise SystemExit(main())

"""Training of the forecast detector (not needed at run time).

``python -m tracker.training --seed 13`` rebuilds ``tracker/extract/model/`` from the
settled labels of the train split, tunes and calibrates on the dev split, and prints
the dev figures of every model it compares. It needs the ``[train]`` extra.
"""

"""Imported once by the local engine's fork server: warms the pipeline there.

Every worker process is forked from that server, so it starts with the rule
files loaded and every pattern, automaton and converter already built
(shared copy-on-write) instead of building them itself.
"""

import gc
import os

from pipeline.batch.engines.base import (
    POOL_PARENT_VARIABLE,
    WORKER_PARENT_VARIABLE,
    die_with_parent,
    expected_parent,
)
from pipeline.batch.worker import pandas_left_out, warm_up

# Workers build Arrow tables from Python lists and never use pandas, but
# Arrow imports pandas on its first table just to check whether an input is
# a pandas object: half a second before any worker can start, and about
# 40 MiB per worker. Arrow tries that import once per process; failing it
# during the warm-up makes Arrow take every input for what it is. pandas is
# importable again afterwards (a caller's script, which workers import as
# `__mp_main__`, may use it). Only in this process of our own, never in a
# caller's process.
# The fork server lives as long as its parent, the provex process, and no longer
# (its workers, forked from it, die with it in turn: they check it is their parent).
die_with_parent(parent=expected_parent(POOL_PARENT_VARIABLE))
os.environ[WORKER_PARENT_VARIABLE] = str(os.getpid())

with pandas_left_out(forget=False):
    warm_up()

# What warm_up built lives as long as the worker: keeping it out of the
# collector's view halves the time of full collections and spares the
# copy-on-write pages of forked workers. Only here, in a process of our own,
# never in a caller's process.
gc.freeze()

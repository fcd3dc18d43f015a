"""Imported once by the local engine's fork server: warms the pipeline there.

Every worker process is forked from that server, so it starts with the rule
files loaded and every pattern, automaton and converter already built
(shared copy-on-write) instead of building them itself.
"""

import gc

from pipeline.runner import warm_up

warm_up()
# What warm_up built lives as long as the worker: keeping it out of the
# collector's view halves the time of full collections and spares the
# copy-on-write pages of forked workers. Only here, in a process of our own,
# never in a caller's process.
gc.freeze()

"""Scale-out on Ray: extraction and synthesis as cluster jobs, serving replicas with Ray Serve.

Nothing here schedules or ships work by itself: Ray does. The modules only put
the same per-shard and per-layer functions of a local run
(:func:`headprog.attention.extract.record_shard`,
:func:`headprog.synthesis.synthesize.synthesize_layer`) on Ray workers, and
the driver writes every file, as a local run does.

- :mod:`.connect`: joining or starting a cluster, and the message when Ray is missing;
- :mod:`.pool`: a few Ray actors working through a list of jobs, errors named by job;
- :mod:`.jobs`: extraction and synthesis on a cluster;
- :mod:`.serve_app` and :mod:`.serve`: the serving app as a Ray Serve deployment.

Ray itself is imported inside functions (and by :mod:`.serve_app`, which only
a Ray process imports), so ``headprog`` works without the ``ray`` extra.
"""

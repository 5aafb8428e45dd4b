"""Scale-out on Ray: extraction and synthesis as cluster jobs, serving replicas with Ray Serve."""

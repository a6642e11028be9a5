"""An offline demo news site (three fictional outlets) that the pipeline crawls in demo runs and tests."""

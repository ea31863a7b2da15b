"""The `claimtrack` command line: thin commands over the services."""

"""Qt glue without widgets: background operations, idle monitoring, sync worker."""

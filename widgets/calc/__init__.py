"""Pure calculations shared by several exercises and case studies (no UI, no I/O)."""

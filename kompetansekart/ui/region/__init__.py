"""The county's regional overview window."""

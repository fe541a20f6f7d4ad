"""Outreach workers and admins: accounts, and (next) the console they work in."""

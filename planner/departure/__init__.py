"""The departure day of SPEC 8.3-8.5: call forward, check in, close, depart, arrive.

Each action changes the movement status of SPEC 8.1 for whole households only, in one
transaction, audited person by person (who, when, from, to). The passengers of a flight
are the households the published plan puts on it; closing a flight writes what really
happens into that plan (no-shows off, standby households on), so that the manifests,
the call list and the next plan all read one passenger list.
"""

"""Reading the audit trail (the chain itself lives in `meapp.store.audit_chain`)."""

def redraft_yaml(current_yaml: str, new_draft_yaml: str) -> str:
    raise NotImplementedError

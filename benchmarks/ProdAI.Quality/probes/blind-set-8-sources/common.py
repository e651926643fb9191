import json
def J(d, pretty=False):
    return json.dumps(d, ensure_ascii=False, indent=2 if pretty else None)

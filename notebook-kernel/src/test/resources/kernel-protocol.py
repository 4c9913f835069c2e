"""Drives the propensity-java kernel over the Jupyter protocol with jupyter_client, as a notebook front end does,
and prints one JSON object per request: the reply's status and error, and the messages the kernel published."""
import json
from jupyter_client.manager import start_new_kernel

CELLS = {
    "result": "int base = 40;\nbase + 2",
    "stream": "System.out.println(\"to stdout\");\nSystem.err.println(\"to stderr\");",
    "display": "show(Table.of(\"field\").row(\"lead_source\"));\nshow(BarChart.of(\"t\", \"x\").bar(\"a\", 0.5));",
    "failure": "void fail() { throw new IllegalArgumentException(\"bad lead\"); }\nfail();",
    "after_failure": "base",
}

manager, client = start_new_kernel(kernel_name="propensity-java", startup_timeout=300)
try:
    info = client.kernel_info(reply=True, timeout=120)["content"]
    print(json.dumps({"request": "kernel_info", "language": info["language_info"]["name"]}))
    for name, code in CELLS.items():
        published = []
        reply = client.execute_interactive(code, timeout=300, output_hook=lambda m: published.append(
            {"type": m["msg_type"], "content": {k: v for k, v in m["content"].items() if k != "transient"}}))
        content = reply["content"]
        print(json.dumps({"request": name, "status": content["status"], "ename": content.get("ename"),
                          "evalue": content.get("evalue"), "published": published}))
finally:
    client.stop_channels()
    manager.shutdown_kernel(now=False)
# Dropped here rather than at interpreter exit, where jupyter_client's destructor logs into a torn-down logging.
del client, manager

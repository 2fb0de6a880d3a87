"""A headless Chromium driven over the DevTools protocol, for checking the report page.

Written by hand on websocket-client rather than with a browser-automation library because those
(Playwright, Selenium, pyppeteer) download a browser build of their own, while this machine and CI
have Debian's chromium package and nothing else; the protocol needs only a few calls.
"""

import json
import os
import shutil
import signal
import subprocess
import tempfile
import time

import websocket

# Every wait is bounded: a hung browser must fail the check, never stall the test suite.
STARTUP_SECONDS = 30
COMMAND_SECONDS = 30


class BrowserError(Exception):
    """Chromium could not be started, or did not answer in time; the message says which."""


def find_chromium():
    """The Chromium executable on PATH (Debian names it chromium), or None."""
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        path = shutil.which(name)
        if path:
            return path
    return None


class Chromium:
    """One headless browser with one page; use it in a `with` block so the browser always dies."""

    def __init__(self, executable):
        self.executable = executable
        self.process = None
        self.log = None
        self.profile = None
        self.socket = None
        self.session = None
        self.next_id = 0
        self.events = []

    def __enter__(self):
        try:
            self._start()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, *exc):
        self.close()

    def _start(self):
        self.profile = tempfile.mkdtemp(prefix="actplot-chromium-")
        # Port 0 lets Chromium pick a free port and write it to DevToolsActivePort in the
        # profile, so two runs never race for one port. Root needs --no-sandbox. File access
        # from files lets a check read the pixels of the page's own file:// images.
        arguments = [
            self.executable, "--headless=new", "--no-sandbox", "--disable-gpu",
            "--no-first-run", "--no-default-browser-check", "--hide-scrollbars",
            "--allow-file-access-from-files",
            "--remote-debugging-port=0", f"--user-data-dir={self.profile}", "about:blank",
        ]
        # Its messages go to a file, not a pipe, so a chatty browser cannot fill a pipe and stall.
        self.log = tempfile.TemporaryFile()
        # A session of its own, so close() can end the launcher script and every child it started.
        self.process = subprocess.Popen(
            arguments, stdin=subprocess.DEVNULL, stdout=self.log, stderr=self.log,
            start_new_session=True)
        port_file = os.path.join(self.profile, "DevToolsActivePort")
        deadline = time.monotonic() + STARTUP_SECONDS
        lines = []
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                self.log.seek(0)
                error = self.log.read().decode(errors="replace").strip().splitlines()
                raise BrowserError(f"chromium exited with status {self.process.returncode}: "
                                   + (error[-1] if error else "no message"))
            if os.path.exists(port_file):
                with open(port_file, encoding="utf-8") as file:
                    lines = file.read().split()
                if len(lines) >= 2:
                    break
            time.sleep(0.05)
        else:
            raise BrowserError(f"chromium wrote no DevTools port within {STARTUP_SECONDS} s")
        url = f"ws://127.0.0.1:{lines[0]}{lines[1]}"
        # Chromium refuses DevTools connections that carry an Origin header it does not know.
        self.socket = websocket.create_connection(url, timeout=COMMAND_SECONDS, suppress_origin=True)
        target = self.send("Target.createTarget", {"url": "about:blank"}, browser=True)
        attached = self.send("Target.attachToTarget",
                             {"targetId": target["targetId"], "flatten": True}, browser=True)
        self.session = attached["sessionId"]

    def send(self, method, params=None, browser=False, seconds=COMMAND_SECONDS):
        """Sends one command to the page (or the browser) and returns its result within `seconds`."""
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if not browser:
            message["sessionId"] = self.session
        self.socket.send(json.dumps(message))
        deadline = time.monotonic() + seconds
        while True:
            reply = self._receive(deadline, method)
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise BrowserError(f"{method}: {reply['error'].get('message', reply['error'])}")
                return reply.get("result", {})
            if "method" in reply:
                self.events.append(reply)

    def wait_for(self, event, seconds=COMMAND_SECONDS):
        """Waits for the next event named `event` (one already received counts) and returns it."""
        deadline = time.monotonic() + seconds
        while True:
            for index, seen in enumerate(self.events):
                if seen["method"] == event:
                    return self.events.pop(index)
            reply = self._receive(deadline, event)
            if "method" in reply:
                self.events.append(reply)

    def _receive(self, deadline, what):
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise BrowserError(f"no answer to {what} in time")
        self.socket.settimeout(remaining)
        try:
            return json.loads(self.socket.recv())
        except websocket.WebSocketTimeoutException:
            raise BrowserError(f"no answer to {what} in time") from None

    def evaluate(self, expression, seconds=COMMAND_SECONDS):
        """The JSON value of a JavaScript expression in the page (promises are awaited); a long
        check (axe-core on the whole page) may be given more than the usual `seconds`.

        DevTools evaluation is not script loaded by the page, so the page's Content-Security-Policy,
        which forbids scripts, does not stop it.
        """
        result = self.send("Runtime.evaluate",
                           {"expression": expression, "returnByValue": True, "awaitPromise": True}, seconds=seconds)
        if "exceptionDetails" in result:
            details = result["exceptionDetails"]
            text = details.get("exception", {}).get("description") or details.get("text")
            raise BrowserError(f"the page's check script failed: {text}")
        return result["result"].get("value")

    def close(self):
        """Ends the browser and removes its profile, whatever state the start reached."""
        if self.socket is not None:
            try:
                self.socket.close()
            except OSError:
                pass
        if self.process is not None:
            self._end_process_group(self.process.pid)
        if self.log is not None:
            self.log.close()
        if self.profile is not None:
            shutil.rmtree(self.profile, ignore_errors=True)

    def _end_process_group(self, group):
        """Ends the browser politely, then whatever of its group is left (helpers, a hung browser)."""
        try:
            os.killpg(group, signal.SIGTERM)
            self.process.wait(timeout=5)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            pass
        try:
            os.killpg(group, signal.SIGKILL)
        except ProcessLookupError:
            pass
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            pass

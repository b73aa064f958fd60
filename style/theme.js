// The remembered theme, on <html> before the first paint (see src/theme.rs). External,
// because the Content-Security-Policy allows no inline script.
try {
  var theme = localStorage.getItem("iam-console-theme");
  if (theme === "light" || theme === "dark") document.documentElement.setAttribute("data-theme", theme);
} catch (e) {}

// CloudFront Function (runtime cloudfront-js-2.0), viewer-request event.
// MkDocs writes every page as <dir>/index.html and links to it as <dir>/, with relative
// links that only resolve from the slash form. S3's REST endpoint (behind Origin Access
// Control) has no index documents, so this function supplies them:
//   /dir/  -> /dir/index.html (the request goes on to S3)
//   /dir   -> 301 to /dir/ (query string kept)
//   /a.css -> unchanged
// The same rules live in scripts/routing.py for the local preview; infra/url-cases.json
// is the table both are tested against.
function handler(event) {
  var request = event.request;
  var uri = request.uri;

  if (uri.endsWith("/")) {
    request.uri = uri + "index.html";
    return request;
  }

  var lastSegment = uri.substring(uri.lastIndexOf("/") + 1);
  if (lastSegment.indexOf(".") !== -1) {
    return request;
  }

  var query = serializeQuery(request.querystring);
  return {
    statusCode: 301,
    statusDescription: "Moved Permanently",
    headers: {
      location: { value: uri + "/" + (query ? "?" + query : "") },
      "cache-control": { value: "public, max-age=3600" },
    },
  };
}

// The event gives the query string as {name: {value, multiValue: [{value}]}}, values as
// they arrived; put it back together in the same form.
function serializeQuery(querystring) {
  var parts = [];
  for (var name in querystring) {
    var entry = querystring[name];
    var values = entry.multiValue ? entry.multiValue : [entry];
    for (var i = 0; i < values.length; i++) {
      parts.push(values[i].value === "" ? name : name + "=" + values[i].value);
    }
  }
  return parts.join("&");
}

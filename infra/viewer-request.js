// CloudFront Function (runtime cloudfront-js-2.0), viewer-request event.
// MkDocs writes every page as <dir>/index.html and links to it as <dir>/, with relative
// links that only resolve from the slash form. S3's REST endpoint (behind Origin Access
// Control) has no index documents, so this function supplies them:
//   /dir/  -> /dir/index.html (the request goes on to S3)
//   /dir   -> 301 to /dir/ (query string kept)
//   /a.css -> unchanged
//   hidden or off-site paths (see isRefused) -> 404 here, never sent to S3
// The same rules live in scripts/routing.py for the local preview; infra/url-cases.json
// is the table both are tested against.
function handler(event) {
  var request = event.request;
  var uri = request.uri;

  if (isRefused(uri)) {
    return notFound();
  }

  if (uri.endsWith("/")) {
    request.uri = uri + "index.html";
    return request;
  }

  var lastSegment = uri.substring(uri.lastIndexOf("/") + 1);
  if (lastSegment.indexOf(".") !== -1) {
    return request;
  }

  // isRefused has made sure uri is "/" followed by neither "/" nor "\", so this Location is a
  // path on this site and cannot be read as another host (//host, /\host).
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

// Paths answered 404 without asking S3. The URI arrives as the viewer sent it, percent-encoding
// and all, and S3 decodes it once to find the key, so the checks read it decoded once too
// (%2E is ".", %2F is "/", %5C is "\").
// - "//x", "/\x", and tabs or newlines (which browsers drop from URLs, so "/<tab>/x" reads as
//   "//x"): the slash redirect would answer Location: //x/, which a browser follows to the
//   host x (//2130706433 is 127.0.0.1). 404 rather than collapsing the slashes: no link on the
//   site has them, and a path that is refused cannot become a redirect to anywhere.
// - A segment starting with "." (.deploy/, .git/, .env, .DS_Store, and "." and ".."): the
//   deploy tool keeps its lock and state under .deploy/ in the same bucket, and nothing
//   hidden is part of the site. /.well-known/ stays open (RFC 8615 puts it at the root only).
// - Percent-encoding that does not decode: S3 could not name a key with it either.
function isRefused(uri) {
  var path;
  try {
    path = decodeURIComponent(uri);
  } catch (e) {
    return true;
  }
  if (path.charAt(0) !== "/" || path.charAt(1) === "/" || /[\\\x00-\x1f\x7f]/.test(path)) {
    return true;
  }
  var segments = path.split("/");
  for (var i = 1; i < segments.length; i++) {
    var hidden = segments[i].charAt(0) === ".";
    if (hidden && !(i === 1 && segments[i] === ".well-known")) {
      return true;
    }
  }
  return false;
}

// CloudFront shows no custom error page for a 4xx the function answers itself, so the answer
// carries its own short page, in both languages like /404.html.
function notFound() {
  return {
    statusCode: 404,
    statusDescription: "Not Found",
    headers: {
      "content-type": { value: "text/html; charset=utf-8" },
      "cache-control": { value: "public, max-age=60" },
    },
    body: {
      encoding: "text",
      data:
        '<!doctype html><html lang="ko"><meta charset="utf-8"><title>404</title>' +
        '<p>404: 페이지를 찾을 수 없습니다. <a href="/">처음으로</a></p>' +
        '<p lang="en">404: page not found. <a href="/en/">Home</a></p></html>',
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

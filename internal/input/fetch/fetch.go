// Package fetch gets a web page over HTTP for newsbrief, with every limit a batch needs to survive a
// hostile or broken server: GET only, http and https only, a deadline on the whole exchange (a server
// that trickles bytes or never answers), at most MaxRedirects redirects, a size cap that also bounds a
// compressed body once inflated, and proxy settings from the environment.
package fetch

import (
	"bufio"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"

	"golang.org/x/net/http/httpproxy"
)

// MaxRedirects is how many redirects a fetch follows before it gives up (a loop ends here too).
const MaxRedirects = 10

// Fetcher gets pages. The zero value is not usable: set Timeout, MaxBytes and UserAgent.
type Fetcher struct {
	Timeout   time.Duration
	MaxBytes  int64
	UserAgent string
	// Transport replaces the default one (which honours HTTP_PROXY, HTTPS_PROXY and NO_PROXY); nil in
	// normal use.
	Transport http.RoundTripper
}

// Page is a fetched response body with what is needed to decode it.
type Page struct {
	Body        []byte
	ContentType string // the Content-Type header
	URL         string // the final address, after redirects
}

// IsURL reports whether arg is meant as an address rather than a file path: it starts with a scheme
// and "://" (http://, https://, and also file:// or ftp://, which Get refuses with a clear error).
func IsURL(arg string) bool {
	i := strings.Index(arg, "://")
	if i <= 0 {
		return false
	}
	for j, c := range arg[:i] {
		letter := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
		if !letter && (j == 0 || !(c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.')) {
			return false
		}
	}
	return true
}

// CheckURL refuses what Get would refuse before any connection is made.
func CheckURL(raw string) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return nil, errors.New("not a valid URL")
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, fmt.Errorf("unsupported scheme %q (only http and https are fetched)", u.Scheme)
	}
	if u.Host == "" {
		return nil, errors.New("URL has no host")
	}
	return u, nil
}

// Get fetches raw. Errors are short and name the problem, not the URL (callers prefix it).
func (f Fetcher) Get(ctx context.Context, raw string) (*Page, error) {
	u, err := CheckURL(raw)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, f.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, errors.New("not a valid URL")
	}
	req.Header.Set("User-Agent", f.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5")
	// Set by hand so that deflate is accepted too; the transport then leaves decoding to readBody.
	req.Header.Set("Accept-Encoding", "gzip, deflate")

	resp, err := f.client().Do(req)
	if err != nil {
		return nil, f.explain(ctx, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, fmt.Errorf("HTTP %d", resp.StatusCode)
	}
	if resp.ContentLength > f.MaxBytes && resp.Header.Get("Content-Encoding") == "" {
		return nil, fmt.Errorf("page is larger than --max-bytes (%d bytes)", f.MaxBytes)
	}
	ct := resp.Header.Get("Content-Type")
	if err := acceptable(ct); err != nil {
		return nil, err
	}
	body, err := f.readBody(resp)
	if err != nil {
		return nil, f.explain(ctx, err)
	}
	return &Page{Body: body, ContentType: ct, URL: resp.Request.URL.String()}, nil
}

func (f Fetcher) client() *http.Client {
	transport := f.Transport
	if transport == nil {
		t := http.DefaultTransport.(*http.Transport).Clone()
		// Read now rather than through http.ProxyFromEnvironment, which caches the first values seen.
		proxyFor := httpproxy.FromEnvironment().ProxyFunc()
		t.Proxy = func(req *http.Request) (*url.URL, error) { return proxyFor(req.URL) }
		transport = t
	}
	return &http.Client{
		Transport: transport,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > MaxRedirects {
				return errTooManyRedirects
			}
			if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
				return fmt.Errorf("redirected to unsupported scheme %q", req.URL.Scheme)
			}
			return nil
		},
	}
}

var (
	errTooManyRedirects = fmt.Errorf("more than %d redirects", MaxRedirects)
	errTooLarge         = errors.New("page is larger than --max-bytes")
)

// acceptable refuses bodies that are not text: images, PDFs, archives.
func acceptable(contentType string) error {
	if contentType == "" {
		return nil
	}
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		return nil // a garbled header; the body is sniffed instead
	}
	if strings.HasPrefix(mt, "text/") || strings.Contains(mt, "html") || strings.Contains(mt, "xml") {
		return nil
	}
	return fmt.Errorf("not a web page (Content-Type %s)", mt)
}

// readBody reads at most MaxBytes of the body after inflating it, so a small compressed bomb is
// stopped like a large plain body.
func (f Fetcher) readBody(resp *http.Response) ([]byte, error) {
	var r io.Reader = resp.Body
	switch strings.ToLower(strings.TrimSpace(resp.Header.Get("Content-Encoding"))) {
	case "", "identity":
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(resp.Body)
		if err != nil {
			return nil, errors.New("gzip body is corrupt")
		}
		r = zr
	case "deflate":
		// "deflate" is zlib-wrapped by the standard, raw DEFLATE on some servers: the zlib header
		// (CMF, FLG) tells them apart.
		br := bufio.NewReader(resp.Body)
		head, _ := br.Peek(2)
		if len(head) == 2 && head[0]&0x0f == 8 && (int(head[0])<<8|int(head[1]))%31 == 0 {
			zr, err := zlib.NewReader(br)
			if err != nil {
				return nil, errors.New("deflate body is corrupt")
			}
			r = zr
		} else {
			r = flate.NewReader(br)
		}
	default:
		return nil, fmt.Errorf("unsupported Content-Encoding %q", resp.Header.Get("Content-Encoding"))
	}
	body, err := io.ReadAll(io.LimitReader(r, f.MaxBytes+1))
	if err != nil {
		return nil, err
	}
	if int64(len(body)) > f.MaxBytes {
		return nil, fmt.Errorf("%w (%d bytes)", errTooLarge, f.MaxBytes)
	}
	return body, nil
}

// explain turns transport errors into the short reasons a user can act on.
func (f Fetcher) explain(ctx context.Context, err error) error {
	var ne net.Error
	switch {
	case errors.Is(ctx.Err(), context.DeadlineExceeded), errors.Is(err, os.ErrDeadlineExceeded), errors.As(err, &ne) && ne.Timeout():
		return fmt.Errorf("timeout after %s", f.Timeout)
	case errors.Is(err, errTooManyRedirects):
		return errTooManyRedirects
	case errors.Is(err, errTooLarge):
		return err
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) {
		return fmt.Errorf("cannot resolve host %s", dnsErr.Name)
	}
	var opErr *net.OpError
	if errors.As(err, &opErr) && opErr.Op == "dial" {
		return errors.New("connection refused or host unreachable")
	}
	return err
}

package fetch

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// server answers on loopback only; tests never reach the network.
func server(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("/ok", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, "<html><body><p>"+r.Header.Get("User-Agent")+"</p></body></html>")
	})
	mux.HandleFunc("/missing", http.NotFound)
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("/to-file", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
	})
	mux.HandleFunc("/hops/", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/ok", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/trickle", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		for {
			select {
			case <-r.Context().Done():
				return
			case <-time.After(20 * time.Millisecond):
				w.Write([]byte("<"))
				w.(http.Flusher).Flush()
			}
		}
	})
	mux.HandleFunc("/silent", func(w http.ResponseWriter, r *http.Request) {
		<-r.Context().Done()
	})
	mux.HandleFunc("/huge-declared", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", "5000000000") // 5 GB announced; nothing like it is read
		w.Write([]byte("<html>"))
	})
	mux.HandleFunc("/endless", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		chunk := bytes.Repeat([]byte("<p>news</p>"), 1000)
		for r.Context().Err() == nil {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	var bomb bytes.Buffer // 4 MiB of zeros, a few KB on the wire; compressed once, before any request
	zw := gzip.NewWriter(&bomb)
	zw.Write(make([]byte, 4<<20))
	zw.Close()
	mux.HandleFunc("/bomb", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Encoding", "gzip")
		w.Write(bomb.Bytes())
	})
	mux.HandleFunc("/gzip", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Encoding", "gzip")
		zw := gzip.NewWriter(w)
		io.WriteString(zw, "<p>gzipped</p>")
		zw.Close()
	})
	mux.HandleFunc("/deflate", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Encoding", "deflate")
		zw := zlib.NewWriter(w)
		io.WriteString(zw, "<p>zlib deflate</p>")
		zw.Close()
	})
	mux.HandleFunc("/raw-deflate", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Encoding", "deflate")
		fw, _ := flate.NewWriter(w, flate.DefaultCompression)
		io.WriteString(fw, "<p>raw deflate</p>")
		fw.Close()
	})
	mux.HandleFunc("/image", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write([]byte("\x89PNG"))
	})
	mux.HandleFunc("/method", func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, r.Method+" "+r.Header.Get("Accept-Encoding"))
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

// testFetcher has a generous timeout, so that only the servers that never finish meet it, however slow
// the machine (the race detector).
func testFetcher() Fetcher {
	return Fetcher{Timeout: 10 * time.Second, MaxBytes: 1 << 20, UserAgent: "newsbrief/test"}
}

func TestGet(t *testing.T) {
	srv := server(t)
	tests := []struct {
		path    string
		body    string // a substring of the body, when the fetch succeeds
		problem string // a substring of the error, when it fails
	}{
		{"/ok", "newsbrief/test", ""},
		{"/hops/1", "newsbrief/test", ""},
		{"/method", "GET gzip, deflate", ""},
		{"/gzip", "gzipped", ""},
		{"/deflate", "zlib deflate", ""},
		{"/raw-deflate", "raw deflate", ""},
		{"/missing", "", "HTTP 404"},
		{"/loop", "", "more than 10 redirects"},
		{"/to-file", "", `unsupported scheme "file"`},
		{"/trickle", "", "timeout after 300ms"},
		{"/silent", "", "timeout after 300ms"},
		{"/huge-declared", "", "larger than --max-bytes"},
		{"/endless", "", "larger than --max-bytes"},
		{"/bomb", "", "larger than --max-bytes"},
		{"/image", "", "not a web page (Content-Type image/png)"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			f := testFetcher()
			if strings.HasPrefix(tt.problem, "timeout") {
				f.Timeout = 300 * time.Millisecond
			}
			page, err := f.Get(context.Background(), srv.URL+tt.path)
			switch {
			case tt.problem != "":
				if err == nil || !strings.Contains(err.Error(), tt.problem) {
					t.Fatalf("error %v, want one containing %q", err, tt.problem)
				}
			case err != nil:
				t.Fatalf("unexpected error %v", err)
			case !strings.Contains(string(page.Body), tt.body):
				t.Fatalf("body %q, want %q in it", page.Body, tt.body)
			}
		})
	}
}

func TestSchemes(t *testing.T) {
	for _, raw := range []string{"file:///etc/passwd", "ftp://example.org/story", "gopher://x/y", "http://"} {
		if _, err := testFetcher().Get(context.Background(), raw); err == nil {
			t.Errorf("%s: fetched, want an error", raw)
		}
	}
}

func TestIsURL(t *testing.T) {
	for arg, want := range map[string]bool{
		"https://example.org/a": true, "http://x": true, "file:///etc/passwd": true, "ftp://h/p": true,
		"story.txt": false, "-": false, "dir/with://colon": false, "://x": false, "C:\\news.txt": false,
	} {
		if got := IsURL(arg); got != want {
			t.Errorf("IsURL(%q) = %v, want %v", arg, got, want)
		}
	}
}

// TestProxyFromEnvironment checks that HTTP_PROXY is honoured: the request goes to the proxy.
func TestProxyFromEnvironment(t *testing.T) {
	proxied := make(chan string, 1)
	proxy := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		proxied <- r.URL.String()
		io.WriteString(w, "<p>via proxy</p>")
	}))
	defer proxy.Close()
	t.Setenv("HTTP_PROXY", proxy.URL)
	t.Setenv("NO_PROXY", "")
	// ProxyFromEnvironment never proxies loopback addresses, so the story's host is a made-up name;
	// the proxy answers for it and nothing leaves the machine.
	page, err := testFetcher().Get(context.Background(), "http://news.invalid/story")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(page.Body), "via proxy") || <-proxied != "http://news.invalid/story" {
		t.Fatalf("body %q: the proxy was not used", page.Body)
	}
}

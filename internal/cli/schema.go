package cli

import (
	"github.com/spf13/cobra"

	"github.com/newsbrief/newsbrief/internal/brief"
)

// newSchemaCmd prints the JSON Schema of the brief, so that pipelines can validate what they consume.
func newSchemaCmd(s *Streams) *cobra.Command {
	return &cobra.Command{
		Use:   "schema",
		Short: "Print the JSON Schema of the newsbrief/1 brief",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			_, err := s.Out.Write(brief.JSONSchema)
			return err
		},
	}
}

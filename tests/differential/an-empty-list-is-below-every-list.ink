LIST state = first, second, third
VAR none = ()
{none < third} {none <= third} {none > third} {none >= third}
{third > none} {third >= none} {third < none} {third <= none}
{none < none} {none <= none} {none > none} {none >= none}
